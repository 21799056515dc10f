package com.radartracking.isolation;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every {@code "METHOD /path"} our own controllers map under a prefix, for completeness checks. */
public final class RestEndpoints {

    private RestEndpoints() {
    }

    public static Set<String> of(RequestMappingHandlerMapping mappings, String prefix) {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("com.radartracking")) {
                return; // framework endpoints (the OpenAPI document's own) are not our API
            }
            for (String path : info.getPatternValues()) {
                if (path.startsWith(prefix)) {
                    info.getMethodsCondition().getMethods().forEach(verb -> endpoints.add(verb.name() + " " + path));
                }
            }
        });
        return endpoints;
    }
}
