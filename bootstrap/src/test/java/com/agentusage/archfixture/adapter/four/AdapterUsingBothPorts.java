package com.agentusage.archfixture.adapter.four;

import com.agentusage.archfixture.application.port.in.InPort;
import com.agentusage.archfixture.application.port.out.OutPort;

/** Breaks "an adapter drives the application or is driven by it": it calls a use case and implements a port.out. */
public class AdapterUsingBothPorts implements OutPort {

    InPort useCase;
}
