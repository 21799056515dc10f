package com.radartracking;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RadarTrackingApplication {
    public static void main(String[] args) {
        SpringApplication.run(RadarTrackingApplication.class, args);
    }
}
