package io.alpenlock.core.dpop;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;

/** The NIST P-256 curve (secp256r1), with its parameters taken from the JDK rather than typed in. */
final class P256 {

    static final ECParameterSpec SPEC;
    static final BigInteger P;
    static final BigInteger A;
    static final BigInteger B;
    static final BigInteger N;
    static final int COORDINATE_BYTES = 32;

    static {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            SPEC = parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
        P = ((ECFieldFp) SPEC.getCurve().getField()).getP();
        A = SPEC.getCurve().getA();
        B = SPEC.getCurve().getB();
        N = SPEC.getOrder();
    }

    private P256() {
    }

    /** True when (x, y) is an affine point of the curve with coordinates in [0, p). P-256 has cofactor 1. */
    static boolean isOnCurve(BigInteger x, BigInteger y) {
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(P);
        BigInteger right = x.multiply(x).multiply(x).add(A.multiply(x)).add(B).mod(P);
        return left.equals(right);
    }

    /** True when the key's domain parameters are those of P-256. */
    static boolean isP256(ECKey key) {
        ECParameterSpec spec = key.getParams();
        return spec != null && spec.getOrder().equals(N) && spec.getCofactor() == SPEC.getCofactor()
                && spec.getCurve().equals(SPEC.getCurve()) && spec.getGenerator().equals(SPEC.getGenerator());
    }

    static ECPublicKey publicKey(BigInteger x, BigInteger y) {
        if (!isOnCurve(x, y)) {
            throw new IllegalArgumentException("the point is not on P-256");
        }
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), SPEC));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid P-256 public key");
        }
    }

    /** Unsigned big-endian, left-padded to 32 bytes. */
    static byte[] toBytes(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[COORDINATE_BYTES];
        int copy = Math.min(raw.length, COORDINATE_BYTES);
        System.arraycopy(raw, raw.length - copy, out, COORDINATE_BYTES - copy, copy);
        return out;
    }
}
