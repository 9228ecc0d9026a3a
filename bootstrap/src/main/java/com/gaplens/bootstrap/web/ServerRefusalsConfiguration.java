package com.gaplens.bootstrap.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link JsonErrorReportValve} in place of Tomcat's error page on the host, before the host starts: the host
 * then finds a valve of the class it is told to use and adds no other.
 */
@Configuration(proxyBeanMethods = false)
class ServerRefusalsConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports(
            @Value("${server.max-http-request-header-size:8KB}") DataSize headerLimit) {
        return factory -> factory.addContextCustomizers((TomcatContextCustomizer) context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                host.getPipeline().addValve(new JsonErrorReportValve(headerLimit));
            }
        });
    }
}
