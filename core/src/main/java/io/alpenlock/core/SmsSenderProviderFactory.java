package io.alpenlock.core;

import org.keycloak.provider.ProviderFactory;

public interface SmsSenderProviderFactory extends ProviderFactory<SmsSenderProvider> {
}
