package com.agentusage.archfixture.adapter.three;

import com.agentusage.archfixture.application.service.Service;

/** Breaks "adapters never use the application's services": it reaches past the port to the implementation. */
public class AdapterUsingAService {

    Service service;
}
