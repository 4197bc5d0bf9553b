package com.example.concurrent;

import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A small completion stage: actions that depend on it run once it completes, each a node that relays
 * the source's result to the next stage, as CompletableFuture's UniRelay and BiRelay do.
 */
final class AsyncStage<T> {
    /** Completion states, spaced so that a subclass can add states in between. */
    static final int STATUS_PENDING = 100;
    static final int STATUS_DONE = 200;
    static final int STATUS_CANCELLED = 400;

    private volatile int status = STATUS_PENDING;
    private volatile Object result;
    private volatile Node stack;

    abstract static class Node {
        Node next;

        abstract void fire();
    }

    /** Relays the source's result unchanged to a dependent stage. */
    static final class UniRelay<T> extends Node {
        final AsyncStage<T> source;
        final AsyncStage<T> dependent;

        UniRelay(AsyncStage<T> source, AsyncStage<T> dependent) {
            this.source = source;
            this.dependent = dependent;
        }

        @Override
        void fire() {
            if (source.status == STATUS_DONE) {
                dependent.complete(source.value());
            } else if (source.status == STATUS_CANCELLED) {
                dependent.cancel();
            }
        }
    }

    /** Applies a function to the source's result on an executor. */
    static final class UniApply<T, U> extends Node {
        final AsyncStage<T> source;
        final AsyncStage<U> dependent;
        final Function<? super T, ? extends U> function;
        final Executor executor;

        UniApply(AsyncStage<T> source, AsyncStage<U> dependent, Function<? super T, ? extends U> function,
                Executor executor) {
            this.source = source;
            this.dependent = dependent;
            this.function = function;
            this.executor = executor;
        }

        @Override
        void fire() {
            if (source.status != 200) {
                throw new IllegalStateException("fired before its source completed");
            }
            executor.execute(() -> dependent.complete(function.apply(source.value())));
        }
    }

    @SuppressWarnings("unchecked")
    T value() {
        return (T) result;
    }

    synchronized boolean complete(T value) {
        if (status != STATUS_PENDING) {
            return false;
        }
        result = value;
        status = STATUS_DONE;
        fireAll();
        return true;
    }

    synchronized boolean cancel() {
        if (status != STATUS_PENDING) {
            return false;
        }
        status = STATUS_CANCELLED;
        fireAll();
        return true;
    }

    AsyncStage<T> relayTo(AsyncStage<T> dependent) {
        push(new UniRelay<>(this, dependent));
        return dependent;
    }

    private synchronized void push(Node node) {
        node.next = stack;
        stack = node;
        if (status != STATUS_PENDING) {
            fireAll();
        }
    }

    private void fireAll() {
        for (Node node = stack; node != null; node = node.next) {
            node.fire();
        }
        stack = null;
    }
}
