package com.agentusage.archfixture.application.port.in;

import com.agentusage.archfixture.application.port.out.OutPort;

/** Breaks "port.in and port.out are independent". */
public interface InPortUsingAnOutPort {

    OutPort leaks();
}
