package com.radartracking.campaigns.engine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CampaignEngineProperties.class)
class CampaignEngineConfiguration {
}
