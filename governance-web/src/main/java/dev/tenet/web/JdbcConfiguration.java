package dev.tenet.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

import java.util.Optional;

/**
 * Spring Data JDBC, set up by hand: Boot 4.0.8's data-jdbc starter is not in this workplace's
 * Maven mirror, so its auto-configuration is replaced by this one class. The dialect is detected
 * from the connection (H2 by default, PostgreSQL in production).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackageClasses = TenetApplication.class)
class JdbcConfiguration extends AbstractJdbcConfiguration {

    /**
     * Unquoted identifiers, as the migrations write them: quoted {@code "designs"} would miss H2's
     * upper-cased {@code DESIGNS}, while unquoted names resolve alike on H2 and PostgreSQL.
     */
    @Override
    @Bean
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
                                                 JdbcCustomConversions customConversions,
                                                 RelationalManagedTypes jdbcManagedTypes) {
        JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
        context.setForceQuote(false);
        return context;
    }
}
