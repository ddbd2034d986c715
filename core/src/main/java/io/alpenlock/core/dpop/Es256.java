package io.alpenlock.core.dpop;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

/**
 * ES256 (ECDSA P-256 + SHA-256) with JOSE signatures: the raw 64 bytes {@code R || S} (RFC 7518 §3.4), converted
 * from and to the ASN.1 DER {@code SEQUENCE {INTEGER r, INTEGER s}} that the JDK's {@code SHA256withECDSA} uses.
 */
final class Es256 {

    static final int SIGNATURE_BYTES = 64;
    private static final String JCA = "SHA256withECDSA";

    private Es256() {
    }

    static byte[] sign(ECPrivateKey key, byte[] input, SecureRandom random) {
        try {
            Signature signature = Signature.getInstance(JCA);
            signature.initSign(key, random);
            signature.update(input);
            return derToRaw(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 signing failed", e);
        }
    }

    /** False for any signature that is not 64 bytes with 0 < r, s < n, or that does not verify. Never throws. */
    static boolean verify(ECPublicKey key, byte[] input, byte[] raw) {
        if (raw == null || raw.length != SIGNATURE_BYTES) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(P256.N) >= 0 || s.compareTo(P256.N) >= 0) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(JCA);
            signature.initVerify(key);
            signature.update(input);
            return signature.verify(rawToDer(raw));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** DER {@code SEQUENCE {INTEGER r, INTEGER s}} to {@code R || S}, 32 bytes each. Strict DER only. */
    static byte[] derToRaw(byte[] der) {
        // P-256 signatures are at most 72 bytes, so every length is in DER's short form.
        if (der.length < 8 || der[0] != 0x30 || (der[1] & 0xff) != der.length - 2) {
            throw new IllegalArgumentException("not a DER ECDSA signature");
        }
        byte[] out = new byte[SIGNATURE_BYTES];
        int next = readInteger(der, 2, out, 0);
        if (readInteger(der, next, out, 32) != der.length) {
            throw new IllegalArgumentException("not a DER ECDSA signature");
        }
        return out;
    }

    private static int readInteger(byte[] der, int at, byte[] out, int outOffset) {
        if (at + 2 > der.length || der[at] != 0x02) {
            throw new IllegalArgumentException("not a DER ECDSA signature");
        }
        int length = der[at + 1] & 0xff;
        int start = at + 2;
        if (length < 1 || length > 33 || start + length > der.length || (der[start] & 0x80) != 0
                || (length > 1 && der[start] == 0 && (der[start + 1] & 0x80) == 0)) {
            throw new IllegalArgumentException("not a DER ECDSA signature");
        }
        int skip = length == 33 ? 1 : 0;
        if (skip == 1 && der[start] != 0) {
            throw new IllegalArgumentException("not a DER ECDSA signature");
        }
        System.arraycopy(der, start + skip, out, outOffset + 32 - (length - skip), length - skip);
        return start + length;
    }

    /** {@code R || S} to the minimal DER encoding. */
    static byte[] rawToDer(byte[] raw) {
        if (raw.length != SIGNATURE_BYTES) {
            throw new IllegalArgumentException("an ES256 signature has 64 bytes");
        }
        byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64)).toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(72);
        out.write(0x30);
        out.write(2 + r.length + 2 + s.length);
        out.write(0x02);
        out.write(r.length);
        out.writeBytes(r);
        out.write(0x02);
        out.write(s.length);
        out.writeBytes(s);
        return out.toByteArray();
    }
}
