package com.gaplens.domain.archfixture;

/** Breaks the domain rule on purpose: a domain class that uses Spring. Test sources only. */
@org.springframework.stereotype.Component
public class DomainUsingSpring {}
