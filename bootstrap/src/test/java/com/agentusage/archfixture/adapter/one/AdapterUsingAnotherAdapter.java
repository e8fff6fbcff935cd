package com.agentusage.archfixture.adapter.one;

import com.agentusage.archfixture.adapter.two.AdapterUsingBootstrap;

/** Breaks "adapters do not depend on each other". */
public class AdapterUsingAnotherAdapter {

    AdapterUsingBootstrap other;
}
