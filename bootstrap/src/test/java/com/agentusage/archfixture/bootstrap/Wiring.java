package com.agentusage.archfixture.bootstrap;

/** Stands for the application's wiring. */
public class Wiring {
}
