package io.alpenlock.core.sms;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import io.alpenlock.core.config.InvalidConfigException;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Sends SMS with the official Twilio SDK (Messaging API: {@code POST /2010-04-01/Accounts/{sid}/Messages.json}).
 * Thread-safe; one instance per configuration. Failures come back as {@link SmsResult}s, never as exceptions.
 */
public final class TwilioSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(TwilioSmsGateway.class);

    private final TwilioConfig config;
    private final TwilioRestClient client;

    private TwilioSmsGateway(TwilioConfig config) {
        this.config = config;
        this.client = new TwilioRestClient.Builder(config.username(), config.password())
                .accountSid(config.accountSid())
                .httpClient(new TwilioTransport(config.connectTimeout(), config.readTimeout(), config.baseUrl()))
                .build();
    }

    /** @throws InvalidConfigException when {@code config} has problems; nothing is sent then */
    public static TwilioSmsGateway create(TwilioConfig config) throws InvalidConfigException {
        Objects.requireNonNull(config, "config");
        if (!config.isValid()) {
            throw new InvalidConfigException(config.problems());
        }
        return new TwilioSmsGateway(config);
    }

    @Override
    public SmsResult send(SmsMessage message) {
        Objects.requireNonNull(message, "message");
        try {
            Message sent = creator(message).create(client);
            LOG.debugf("Twilio accepted an SMS to %s", message.maskedTo());
            return new SmsResult.Sent(sent.getSid() == null ? "" : sent.getSid());
        } catch (ApiConnectionException e) {
            SmsResult result = TwilioErrors.connectionFailure(e);
            LOG.warnf("Twilio could not be reached (%s) for an SMS to %s", result.detail(), message.maskedTo());
            return result;
        } catch (ApiException e) {
            SmsResult result = TwilioErrors.classify(e);
            log(result, message);
            return result;
        } catch (RuntimeException e) {
            // e.g. an unreadable success response; the exception text may quote the request, so only its type
            LOG.warnf("Unexpected %s while sending an SMS to %s", e.getClass().getName(), message.maskedTo());
            return new SmsResult.TemporaryFailure("unexpected");
        }
    }

    private MessageCreator creator(SmsMessage message) {
        PhoneNumber to = new PhoneNumber(message.to());
        return config.messagingService()
                .map(service -> Message.creator(to, service, message.body()))
                .orElseGet(() -> Message.creator(to, new PhoneNumber(config.from()), message.body()));
    }

    private static void log(SmsResult result, SmsMessage message) {
        if (result instanceof SmsResult.Unavailable) {
            LOG.errorf("Twilio refused the Alpenlock SMS configuration (%s): check the account SID, credentials "
                    + "and sender", result.detail());
        } else {
            LOG.infof("Twilio did not send an SMS to %s: %s", message.maskedTo(), result.detail());
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
