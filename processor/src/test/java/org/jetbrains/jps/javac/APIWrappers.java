package org.jetbrains.jps.javac;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Stands in for IntelliJ IDEA's class of this name, which exists only in its build process: it
 * wraps javac's processing environment in a proxy and tells processors to unwrap it with
 * {@link #unwrap(Class, Object)}. The processor's tests wrap and unwrap the same way.
 */
public final class APIWrappers {
    private APIWrappers() {
    }

    /** A proxy of {@code type} that forwards every call to {@code delegate}, as IntelliJ's does. */
    public static <T> T wrap(Class<T> type, T delegate) {
        return type.cast(Proxy.newProxyInstance(APIWrappers.class.getClassLoader(), new Class<?>[] {type},
                new Forwarding(delegate)));
    }

    /** The object a proxy made by {@link #wrap} forwards to; any other object itself. */
    public static <T> T unwrap(Class<T> type, T wrapper) {
        if (Proxy.isProxyClass(wrapper.getClass()) && Proxy.getInvocationHandler(wrapper) instanceof Forwarding f) {
            return type.cast(f.delegate);
        }
        return wrapper;
    }

    private static final class Forwarding implements InvocationHandler {
        private final Object delegate;

        Forwarding(Object delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
