package com.agentusage.archfixture.adapter.two;

import com.agentusage.archfixture.bootstrap.Wiring;

/** Breaks "nothing depends on bootstrap". */
public class AdapterUsingBootstrap {

    Wiring wiring;
}
