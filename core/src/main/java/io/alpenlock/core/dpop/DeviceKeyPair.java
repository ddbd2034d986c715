package io.alpenlock.core.dpop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A device's P-256 key pair: the private key stays on the device and signs DPoP proofs; the server knows the device
 * by the public key's {@link #thumbprint()}.
 *
 * <p><b>Key file format</b> (the reference device client's local key file): the private JWK of RFC 7518 §6.2.2, one
 * JSON object {@code {"kty":"EC","crv":"P-256","x":…,"y":…,"d":…}} in UTF-8, all coordinates unpadded base64url of
 * 32 bytes. It is self-describing, carries the public key (so no point multiplication is needed to load it) and is
 * read by common JOSE libraries. Loading checks that {@code d} belongs to {@code (x, y)} by signing and verifying.
 * The file is a secret: the client must create it readable by its owner only. {@link #toString()} shows the
 * thumbprint only.
 */
public final class DeviceKeyPair {

    private final ECPrivateKey privateKey;
    private final EcJwk publicJwk;

    private DeviceKeyPair(ECPrivateKey privateKey, EcJwk publicJwk) {
        this.privateKey = privateKey;
        this.publicJwk = publicJwk;
    }

    public static DeviceKeyPair generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            return new DeviceKeyPair((ECPrivateKey) pair.getPrivate(), EcJwk.of((ECPublicKey) pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 key generation is not available", e);
        }
    }

    /**
     * Reads a key file (the private JWK, see the class comment).
     *
     * @param random for the signature of the consistency check
     * @throws IllegalArgumentException if it is not a P-256 private JWK whose {@code d} matches {@code x, y}; the
     *                                  message never contains key material
     */
    public static DeviceKeyPair fromPrivateJwk(String json, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        ObjectNode node = Json.parseObject(Objects.requireNonNull(json, "json"));
        if (!"EC".equals(Json.text(node, "kty")) || !"P-256".equals(Json.text(node, "crv"))) {
            throw new IllegalArgumentException("the key file must hold a JWK with kty EC and crv P-256");
        }
        EcJwk publicJwk = EcJwk.fromCoordinates(Json.text(node, "x"), Json.text(node, "y"));
        BigInteger d;
        try {
            byte[] bytes = Base64Url.decode(Json.text(node, "d"));
            if (bytes.length != P256.COORDINATE_BYTES) {
                throw new IllegalArgumentException("bad length");
            }
            d = new BigInteger(1, bytes);
            Arrays.fill(bytes, (byte) 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key file has no valid private key d");
        }
        if (d.signum() == 0 || d.compareTo(P256.N) >= 0) {
            throw new IllegalArgumentException("the key file has no valid private key d");
        }
        ECPrivateKey privateKey;
        try {
            privateKey = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new ECPrivateKeySpec(d, P256.SPEC));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the key file has no valid private key d");
        }
        byte[] probe = "alpenlock key file check".getBytes(StandardCharsets.US_ASCII);
        if (!Es256.verify(publicJwk.publicKey(), probe, Es256.sign(privateKey, probe, random))) {
            throw new IllegalArgumentException("the private key d does not belong to the public key x, y");
        }
        return new DeviceKeyPair(privateKey, publicJwk);
    }

    /** The key file content: the private JWK with {@code kty, crv, x, y, d}. A secret. */
    public String toPrivateJwk() {
        Map<String, String> members = new LinkedHashMap<>(publicJwk.toMap());
        members.put("d", Base64Url.encode(P256.toBytes(privateKey.getS())));
        return Json.write(members);
    }

    public EcJwk publicJwk() {
        return publicJwk;
    }

    /** RFC 7638 thumbprint of the public key: the device key's identifier. */
    public String thumbprint() {
        return publicJwk.thumbprint();
    }

    /** ES256 signature in JOSE form (64 bytes {@code R || S}) of {@code input}. */
    byte[] sign(byte[] input, SecureRandom random) {
        return Es256.sign(privateKey, input, random);
    }

    @Override
    public String toString() {
        return "DeviceKeyPair[P-256, thumbprint=" + thumbprint() + "]";
    }
}
