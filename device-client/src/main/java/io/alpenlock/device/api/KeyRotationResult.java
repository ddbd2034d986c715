package io.alpenlock.device.api;

/**
 * The answer to {@code POST /key-rotation}: {@code {"updated": n, "keyThumbprint": "…"}}.
 *
 * @param updated       how many enrolments of the realm now belong to the new key
 * @param keyThumbprint the new key's RFC 7638 thumbprint (checked against the key sent)
 */
public record KeyRotationResult(int updated, String keyThumbprint) {
}
