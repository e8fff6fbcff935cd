package com.agentusage.archfixture.application.service;

/** Stands for a use case's implementation, which adapters must not see. */
public class Service {
}
