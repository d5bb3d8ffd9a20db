package news.coop.portal.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code random.Random}, draw for draw: the Mersenne Twister (MT19937) seeded from a string
 * as CPython 3 seeds it ({@code version=2}: the string's UTF-8 bytes followed by their SHA-512, read
 * as one big-endian integer, fed to {@code init_by_array} in 32-bit words, least significant first),
 * with the methods {@code gen-corpus.py} calls, each consuming the generator exactly as CPython 3.11
 * does ({@code _randbelow} by rejection of {@code getrandbits(n.bit_length())}). It exists so that
 * {@link ReferencePosts} writes the reference archive's items byte for byte, with no Python here.
 *
 * <p>Mutable and not thread-safe, as Python's is: one instance per item, never shared.
 */
final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] state = new int[N];
    private int next;

    PythonRandom(String seed) {
        byte[] text = seed.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-512", e);
        }
        byte[] whole = new byte[text.length + digest.length];
        System.arraycopy(text, 0, whole, 0, text.length);
        System.arraycopy(digest, 0, whole, text.length, digest.length);
        BigInteger number = new BigInteger(1, whole);
        int bits = number.bitLength();
        int[] key = new int[bits == 0 ? 1 : (bits - 1) / 32 + 1];
        for (int i = 0; i < key.length; i++) {
            key[i] = number.shiftRight(32 * i).intValue();
        }
        seedByArray(key);
    }

    /** {@code init_genrand(19650218)} then {@code init_by_array(key)}, as in the MT19937 reference code. */
    private void seedByArray(int[] key) {
        state[0] = 19650218;
        for (int i = 1; i < N; i++) {
            state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x80000000;
        next = N;
    }

    /** {@code genrand_uint32}: the next 32 bits, as an unsigned value in an int. */
    private int nextWord() {
        if (next >= N) {
            for (int k = 0; k < N; k++) {
                int y = (state[k] & 0x80000000) | (state[(k + 1) % N] & 0x7fffffff);
                state[k] = state[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
            }
            next = 0;
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** {@code _randbelow(n)}: an int in [0, n), for 0 < n < 2³¹. */
    int below(int n) {
        int bits = 32 - Integer.numberOfLeadingZeros(n);
        int drawn;
        do {
            drawn = nextWord() >>> (32 - bits);
        } while (drawn >= n);
        return drawn;
    }

    /** {@code randint(a, b)}: an int in [a, b]. */
    int between(int a, int b) {
        return a + below(b - a + 1);
    }

    /** {@code random()}: a double in [0, 1) from 53 random bits. */
    double fraction() {
        long a = (nextWord() >>> 5) & 0xffffffffL;
        long b = (nextWord() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code choice(seq)}. */
    <T> T choice(List<T> items) {
        return items.get(below(items.size()));
    }

    /**
     * {@code sample(population, k)}, for the small populations the corpus draws from: those Python
     * samples by its pool method (at most 21 items when k ≤ 5, 21 + 4^⌈log₄ 3k⌉ above).
     *
     * @throws IllegalArgumentException for a population Python would sample by its other method
     */
    <T> List<T> sample(List<T> population, int k) {
        List<T> pool = new ArrayList<>(population);
        int n = pool.size();
        int poolLimit = 21 + (k > 5 ? (int) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4))) : 0);
        if (k < 0 || k > n || n > poolLimit) {
            throw new IllegalArgumentException("a sample of " + k + " from " + n + " items is not drawn by Python's pool method");
        }
        List<T> chosen = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = below(n - i);
            chosen.add(pool.get(j));
            pool.set(j, pool.get(n - i - 1));
        }
        return List.copyOf(chosen);
    }
}
