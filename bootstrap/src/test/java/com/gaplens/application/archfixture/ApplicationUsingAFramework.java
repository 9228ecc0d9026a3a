package com.gaplens.application.archfixture;

/** Breaks the application rule on purpose: an application class that uses Spring. Test sources only. */
public class ApplicationUsingAFramework {
    org.springframework.context.ApplicationContext context;
}
