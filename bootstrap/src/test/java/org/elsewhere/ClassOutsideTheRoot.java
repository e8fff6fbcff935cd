package org.elsewhere;

/** A fixture: a class outside com.agentusage, where none of the architecture rules would look at it. */
public class ClassOutsideTheRoot {
}
