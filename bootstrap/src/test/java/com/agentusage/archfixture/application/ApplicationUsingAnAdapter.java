package com.agentusage.archfixture.application;

import com.agentusage.archfixture.adapter.two.AdapterUsingBootstrap;

/** Breaks "the application depends only on the domain": it reaches into an adapter. */
public class ApplicationUsingAnAdapter {

    AdapterUsingBootstrap adapter;
}
