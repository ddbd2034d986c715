package io.alpenlock.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Other modules compile against the shaded jar, where MaxMind's reader is relocated: our API must not show it. */
class GeoPublicApiTest {

    @Test
    void exposesNoMaxMindTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(GeoLocator.class, MaxMindGeoLocator.class, GeoDatabaseException.class)) {
            List<Executable> members = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
            members.addAll(Arrays.asList(type.getDeclaredConstructors()));
            for (Executable member : members) {
                if (Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers())) {
                    String signature = member.toGenericString()
                            + (member instanceof Method m ? " returns " + m.getGenericReturnType() : "");
                    if (signature.contains("com.maxmind")) {
                        leaks.add(signature);
                    }
                }
            }
            assertThat(type.getGenericInterfaces()).noneMatch(i -> i.getTypeName().contains("com.maxmind"));
        }
        assertThat(leaks).isEmpty();
    }
}
