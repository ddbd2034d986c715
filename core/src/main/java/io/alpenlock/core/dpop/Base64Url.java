package io.alpenlock.core.dpop;

import java.util.Base64;

/** Unpadded base64url (RFC 7515 §2), decoded strictly: no padding, no other alphabet, canonical form only. */
final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    static String encode(byte[] data) {
        return ENCODER.encodeToString(data);
    }

    /** @throws IllegalArgumentException if the text is not canonical unpadded base64url */
    static byte[] decode(String text) {
        if (text == null || text.indexOf('=') >= 0) {
            throw new IllegalArgumentException("not unpadded base64url");
        }
        byte[] data = DECODER.decode(text);
        if (!ENCODER.encodeToString(data).equals(text)) {
            throw new IllegalArgumentException("not canonical base64url");
        }
        return data;
    }
}
