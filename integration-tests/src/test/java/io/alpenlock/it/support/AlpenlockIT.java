package io.alpenlock.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against a real Keycloak with Alpenlock deployed. Test methods and
 * constructors may declare parameters of type {@link Environment} and {@link Browser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AlpenlockExtension.class)
public @interface AlpenlockIT {

    ServerProfile profile() default ServerProfile.DEMO;
}
