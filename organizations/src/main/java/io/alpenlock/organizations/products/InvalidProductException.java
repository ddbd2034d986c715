package io.alpenlock.organizations.products;

/**
 * A product catalogue setting, a product id or a product grant that cannot be accepted. The message is
 * written for a realm administrator or an API client: it says what is wrong and what is expected, and
 * never contains more than a short, neutralised quote of the input.
 */
public class InvalidProductException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidProductException(String message) {
        super(message);
    }
}
