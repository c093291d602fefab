package dev.kappa.learn;

import java.util.List;

/**
 * Where {@link SharedProgress} keeps its records: {@code window.localStorage} in the browser (shared by every
 * tab of the origin), a map in tests. Implementations never throw on writes; they say what went wrong.
 */
public interface KeyValueStore {
    /** Storage that cannot be read at all (blocked in a third-party iframe, or throwing). */
    final class Unavailable extends Exception {
        public Unavailable(String reason) {
            super(reason);
        }
    }

    /** The text stored under {@code key}, or null when there is none. */
    String read(String key) throws Unavailable;

    /** Stores {@code value}; "" on success, else the error's name ({@code QuotaExceededError}, …). */
    String write(String key, String value);

    /** Removes {@code key}; "" on success, else the error's name. */
    String remove(String key);

    /** The stored keys that start with {@code prefix}, sorted. */
    List<String> keys(String prefix);

    /** True when {@code error} (a name {@link #write} returned) means the storage is full. */
    boolean isQuota(String error);

    /** Characters stored by this origin under all keys, keys included; -1 when unknown. */
    long usedChars();
}
