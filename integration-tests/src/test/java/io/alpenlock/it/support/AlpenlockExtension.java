package io.alpenlock.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts (or reuses) the Keycloak environment a test class asks for, and gives tests a fresh
 * headless Chromium when they ask for a {@link Browser}. One environment lives at a time; it is
 * stopped when a class needs another profile, or at the end of the run.
 */
public class AlpenlockExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AlpenlockExtension.class);
    private static final String CURRENT = "environment";

    @Override
    public void beforeAll(ExtensionContext context) {
        environment(context);
    }

    private static synchronized Environment environment(ExtensionContext context) {
        ServerProfile wanted = context.getRequiredTestClass().getAnnotation(AlpenlockIT.class).profile();
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Holder holder = store.getOrComputeIfAbsent(CURRENT, key -> new Holder(), Holder.class);
        if (holder.environment != null && holder.environment.profile() != wanted) {
            holder.environment.close();
            holder.environment = null;
        }
        if (holder.environment == null) {
            holder.environment = Environment.start(wanted);
        }
        return holder.environment;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Environment.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Environment.class) {
            return environment(context);
        }
        if (type == Browser.class) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getTestMethod().map(m -> m.getName()).orElse("class");
            return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser", key -> Browser.launch(name), Browser.class);
        }
        throw new ParameterResolutionException("Unsupported parameter " + type);
    }

    /** Keeps the current environment; closed by JUnit at the end of the run. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private Environment environment;

        @Override
        public void close() {
            if (environment != null) {
                environment.close();
            }
        }
    }
}
