package dev.tenet.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Tenet governance web application: designs, the review workflow, waivers, the risk register,
 * the audit trail, the REST API and the UI. Each direct sub-package is a feature module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TenetApplication {

    /** Starts the application on its embedded defaults (H2 under ./data, 127.0.0.1:8080). */
    public static void main(String[] args) {
        SpringApplication.run(TenetApplication.class, args);
    }
}
