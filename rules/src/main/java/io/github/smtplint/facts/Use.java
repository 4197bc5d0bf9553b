package io.github.smtplint.facts;

import java.util.Optional;

/**
 * How the code uses a value: the name it is declared as, what it is compared with and what that
 * comparison guards, which method receives or returns it, which SMTP command the code handles.
 * Evidence says whether a value is SMTP; use decides what the rules say about it.
 *
 * @param name the constant, field, variable or enum constant the value is declared as or assigned to
 * @param operator how it is compared: {@code ==}, {@code !=}, {@code <}, ..., {@code equals},
 *     {@code startsWith}, {@code case}, or {@code class} for a test of a whole reply class ({@code code / 100 == 5})
 * @param comparedWith the source text of the other side of the comparison (the switch selector for {@code case})
 * @param receiver the method or constructor the value is passed to
 * @param argumentIndex the position among the receiver's arguments, -1 if not an argument
 * @param argumentCount how many arguments the receiver is given, -1 if not an argument
 * @param returnedFrom the method that returns the value
 * @param companionText a text that goes with a code: the message argument beside it, an enum constant's text
 * @param contract what an annotation on the receiving declaration says about the value
 * @param guard for a value tested in a condition, what runs when the test holds and when it fails
 * @param command the SMTP command the surrounding code sends or answers
 */
public record Use(
        Optional<String> name,
        Optional<String> operator,
        Optional<String> comparedWith,
        Optional<String> receiver,
        int argumentIndex,
        int argumentCount,
        Optional<String> returnedFrom,
        Optional<String> companionText,
        Optional<Contract> contract,
        Optional<Guard> guard,
        Optional<CommandContext> command) {

    public static final Use NONE = new Use(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            -1, -1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Use withName(String newName) {
        return new Use(Optional.of(newName), operator, comparedWith, receiver, argumentIndex, argumentCount,
                returnedFrom, companionText, contract, guard, command);
    }

    public Use withComparison(String newOperator, String other) {
        return new Use(name, Optional.of(newOperator), Optional.of(other), receiver, argumentIndex,
                argumentCount, returnedFrom, companionText, contract, guard, command);
    }

    public Use withReceiver(String method, int index, int count) {
        return new Use(name, operator, comparedWith, Optional.of(method), index, count, returnedFrom,
                companionText, contract, guard, command);
    }

    public Use withReturnedFrom(String method) {
        return new Use(name, operator, comparedWith, receiver, argumentIndex, argumentCount,
                Optional.of(method), companionText, contract, guard, command);
    }

    public Use withCompanionText(String text) {
        return new Use(name, operator, comparedWith, receiver, argumentIndex, argumentCount, returnedFrom,
                Optional.of(text), contract, guard, command);
    }

    public Use withContract(Contract newContract) {
        return new Use(name, operator, comparedWith, receiver, argumentIndex, argumentCount, returnedFrom,
                companionText, Optional.of(newContract), guard, command);
    }

    public Use withGuard(Guard newGuard) {
        return new Use(name, operator, comparedWith, receiver, argumentIndex, argumentCount, returnedFrom,
                companionText, contract, Optional.of(newGuard), command);
    }

    public Use withCommand(CommandContext newCommand) {
        return new Use(name, operator, comparedWith, receiver, argumentIndex, argumentCount, returnedFrom,
                companionText, contract, guard, Optional.of(newCommand));
    }
}
