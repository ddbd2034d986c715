package io.alpenlock.authenticators.push.challenge;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Number matching: the login page shows {@link #number()}, the app offers {@link #choices()} (three
 * distinct two-digit numbers, one of them right, in random order) and the user must pick the one the
 * page shows. The right number is never given to the app.
 */
public record NumberMatch(int number, List<Integer> choices) {

    public static final int MIN = 10;
    public static final int MAX = 99;
    public static final int CHOICES = 3;

    public NumberMatch {
        choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
        if (!inRange(number)) {
            throw new IllegalArgumentException("number out of range");
        }
        if (choices.size() != CHOICES || new HashSet<>(choices).size() != CHOICES
                || !choices.stream().allMatch(NumberMatch::inRange) || !choices.contains(number)) {
            throw new IllegalArgumentException("choices must be " + CHOICES + " distinct numbers in range including the right one");
        }
    }

    /**
     * Draws the right number uniformly from {@value #MIN}..{@value #MAX}, two decoys uniformly from the
     * other numbers, and shuffles the three.
     */
    public static NumberMatch draw(SecureRandom random) {
        int number = MIN + random.nextInt(MAX - MIN + 1);
        List<Integer> choices = new ArrayList<>(CHOICES);
        choices.add(number);
        while (choices.size() < CHOICES) {
            int decoy = MIN + random.nextInt(MAX - MIN + 1);
            if (!choices.contains(decoy)) {
                choices.add(decoy);
            }
        }
        Collections.shuffle(choices, random);
        return new NumberMatch(number, choices);
    }

    public boolean isRight(int choice) {
        return choice == number;
    }

    private static boolean inRange(int n) {
        return n >= MIN && n <= MAX;
    }

    /** Never shows the right number. */
    @Override
    public String toString() {
        return "NumberMatch[hidden]";
    }
}
