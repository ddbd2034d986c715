package io.alpenlock.core.dpop;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A public P-256 key as a JWK (RFC 7517, RFC 7518 §6.2.1): {@code {"kty":"EC","crv":"P-256","x":…,"y":…}}.
 *
 * <p>Reading is strict: {@code kty} must be {@code EC}, {@code crv} {@code P-256}, {@code x} and {@code y} canonical
 * unpadded base64url of exactly 32 bytes each, the point on the curve, and no private member {@code d}. Other
 * members ({@code kid}, {@code use}, {@code alg}…) are ignored and not kept.
 */
public final class EcJwk {

    private final String x;
    private final String y;
    private final ECPublicKey publicKey;

    private EcJwk(String x, String y, ECPublicKey publicKey) {
        this.x = x;
        this.y = y;
        this.publicKey = publicKey;
    }

    /** The JWK of a P-256 public key. */
    public static EcJwk of(ECPublicKey key) {
        Objects.requireNonNull(key, "key");
        if (!P256.isP256(key)) {
            throw new IllegalArgumentException("only P-256 keys are supported");
        }
        BigInteger x = key.getW().getAffineX();
        BigInteger y = key.getW().getAffineY();
        return new EcJwk(Base64Url.encode(P256.toBytes(x)), Base64Url.encode(P256.toBytes(y)), P256.publicKey(x, y));
    }

    /** From the base64url coordinates; validates the point. */
    public static EcJwk fromCoordinates(String x, String y) {
        BigInteger xValue = coordinate(x, "x");
        BigInteger yValue = coordinate(y, "y");
        return new EcJwk(x, y, P256.publicKey(xValue, yValue));
    }

    /** @throws IllegalArgumentException if the text is not a valid public P-256 JWK (the message quotes nothing) */
    public static EcJwk parse(String json) {
        return fromJson(Json.parseObject(Objects.requireNonNull(json, "json")));
    }

    /** @throws IllegalArgumentException if the node is not a valid public P-256 JWK */
    public static EcJwk fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a JWK is a JSON object");
        }
        if (node.has("d")) {
            throw new IllegalArgumentException("the JWK contains a private key");
        }
        if (!"EC".equals(Json.text(node, "kty")) || !"P-256".equals(Json.text(node, "crv"))) {
            throw new IllegalArgumentException("the JWK must have kty EC and crv P-256");
        }
        return fromCoordinates(Json.text(node, "x"), Json.text(node, "y"));
    }

    private static BigInteger coordinate(String value, String name) {
        byte[] bytes;
        try {
            bytes = Base64Url.decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWK member " + name + " is not base64url");
        }
        if (bytes.length != P256.COORDINATE_BYTES) {
            throw new IllegalArgumentException("the JWK member " + name + " must be 32 bytes");
        }
        return new BigInteger(1, bytes);
    }

    public String x() {
        return x;
    }

    public String y() {
        return y;
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    /** The members in the usual order {@code kty, crv, x, y}, e.g. for the {@code jwk} header of a JWS. */
    public Map<String, String> toMap() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("kty", "EC");
        members.put("crv", "P-256");
        members.put("x", x);
        members.put("y", y);
        return members;
    }

    /** {@code {"kty":"EC","crv":"P-256","x":…,"y":…}}. */
    public String toJson() {
        return Json.write(toMap());
    }

    /** RFC 7638 SHA-256 thumbprint, base64url. */
    public String thumbprint() {
        return JwkThumbprint.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EcJwk jwk && jwk.x.equals(x) && jwk.y.equals(y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y);
    }

    @Override
    public String toString() {
        return "EcJwk[P-256, thumbprint=" + thumbprint() + "]";
    }
}
