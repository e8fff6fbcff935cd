package com.agentusage.archfixture.domain;

import jakarta.inject.Inject;

/** Breaks "the domain depends only on java..": it uses a framework annotation. */
public class DomainUsingAFramework {

    @Inject
    Object injected;
}
