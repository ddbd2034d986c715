package io.alpenlock.authenticators.push;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.alpenlock.authenticators.app.AppCredentialModel;
import io.alpenlock.authenticators.flow.AlpenlockAuthenticatorFactory;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.geo.GeoDatabaseException;
import io.alpenlock.core.geo.GeoLocator;
import io.alpenlock.core.geo.MaxMindGeoLocator;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

/**
 * "Alpenlock push approval": approve the sign-in in the Alpenlock app, with number matching. Server option
 * {@code --spi-authenticator--alpenlock-push--geoip-database=<file.mmdb>}: a MaxMind DB file (GeoLite2-City or
 * GeoIP2-City) from which the page and the app show an approximate location of the login's IP address. The file is
 * opened once in {@link #init} and closed in {@link #close}; without it (or when it cannot be read, logged once as
 * an ERROR) no location is shown.
 */
public class PushAuthenticatorFactory extends AlpenlockAuthenticatorFactory implements ServerInfoAwareProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-push";
    /** Server (SPI) option: path of a MaxMind DB file; see the class comment. */
    public static final String GEOIP_DATABASE = "geoip-database";
    /** Keycloak names a non-credential step in "try another way" lists by these theme message keys. */
    static final String DISPLAY_NAME_KEY = "alpenlock-push-display-name";
    static final String HELP_TEXT_KEY = "alpenlock-push-help-text";

    private static final Logger LOG = Logger.getLogger(PushAuthenticatorFactory.class);
    private static final String OPTION_PREFIX = "--spi-authenticator--" + PROVIDER_ID + "--";

    private volatile PushAuthenticator authenticator = new PushAuthenticator(GeoLocator.none());
    /** The open GeoIP database, closed with this factory; null when none is configured or usable. */
    private volatile MaxMindGeoLocator geoDatabase;
    private volatile String geoStatus = "off";

    @Override
    public Authenticator create(KeycloakSession session) {
        return authenticator;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Alpenlock push approval";
    }

    @Override
    public String getHelpText() {
        return "Sends a push to the user's Alpenlock apps and waits for the approval; the page moves on by itself. "
                + "Number matching, one pending push per user, a push budget and a pause after \"this wasn't me\" "
                + "are set here (⚙). Put the app code step next to it as an alternative.";
    }

    @Override
    public String getReferenceCategory() {
        return AppCredentialModel.TYPE;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
                AuthenticationExecutionModel.Requirement.REQUIRED,
                AuthenticationExecutionModel.Requirement.ALTERNATIVE,
                AuthenticationExecutionModel.Requirement.DISABLED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PushSettings.properties();
    }

    @Override
    public void init(Config.Scope config) {
        ConfigValues options = ConfigValues.of(key -> config == null ? null : config.get(key), OPTION_PREFIX);
        Optional<String> file = options.text(GEOIP_DATABASE);
        GeoLocator geo = GeoLocator.none();
        if (file.isPresent()) {
            try {
                MaxMindGeoLocator opened = MaxMindGeoLocator.open(Path.of(file.get()));
                geoDatabase = opened;
                geo = opened;
                geoStatus = opened.file() + " (" + opened.description() + ")";
                LOG.infof("GeoIP locations from %s (%s)", opened.file(), opened.description());
            } catch (GeoDatabaseException | InvalidPathException e) {
                geoStatus = "unusable, see the server log";
                LOG.errorf("Push approvals show no location: %s (set by %s; fix it and restart Keycloak)",
                        e.getMessage(), options.option(GEOIP_DATABASE));
            }
        }
        authenticator = new PushAuthenticator(geo);
    }

    @Override
    public void close() {
        MaxMindGeoLocator opened = geoDatabase;
        geoDatabase = null;
        if (opened != null) {
            opened.close();
        }
    }

    /** Shown under Provider info: the GeoIP database in use ("off" when none is configured). */
    @Override
    public Map<String, String> getOperationalInfo() {
        return Map.of(GEOIP_DATABASE, geoStatus);
    }

    /** Server options ({@code --spi-authenticator--alpenlock-push--…}); the per-flow settings are the ⚙ config. */
    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(GEOIP_DATABASE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Path of a MaxMind DB file (GeoLite2-City.mmdb or GeoIP2-City.mmdb). When set, the push "
                        + "approval page and the app show an approximate location (\"City, Country\") of the "
                        + "sign-in's IP address; never sent in the push. Read once at start.")
                .add()
                .build();
    }
}
