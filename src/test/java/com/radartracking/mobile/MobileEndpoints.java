package com.radartracking.mobile;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every "METHOD /path" the shim's controllers map under /api/mobile (for completeness checks). */
public final class MobileEndpoints {

    private MobileEndpoints() {
    }

    public static Set<String> of(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("com.radartracking")) {
                return; // the OpenAPI document's own endpoints (springdoc) are documentation, not the API
            }
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/mobile")) {
                    info.getMethodsCondition().getMethods().forEach(verb -> endpoints.add(verb.name() + " " + path));
                }
            }
        });
        return endpoints;
    }
}
