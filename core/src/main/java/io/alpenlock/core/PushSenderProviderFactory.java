package io.alpenlock.core;

import org.keycloak.provider.ProviderFactory;

public interface PushSenderProviderFactory extends ProviderFactory<PushSenderProvider> {
}
