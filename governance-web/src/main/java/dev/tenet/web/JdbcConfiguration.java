package dev.tenet.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Spring Data JDBC, set up by hand: Boot 4.0.8's data-jdbc starter is not in this workplace's
 * Maven mirror, so its auto-configuration is replaced by this one class. The dialect is detected
 * from the connection (H2 by default, PostgreSQL in production).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackageClasses = TenetApplication.class)
class JdbcConfiguration extends AbstractJdbcConfiguration {
}
