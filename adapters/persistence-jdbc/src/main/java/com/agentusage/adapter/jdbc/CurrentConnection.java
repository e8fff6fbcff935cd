package com.agentusage.adapter.jdbc;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.jdbc.Work;

/** SQL of this adapter's own on the connection of the current transaction, taken only when first needed. */
public final class CurrentConnection {

    private CurrentConnection() {
    }

    public static <T> T returning(ReturningWork<T> work) {
        return session().doReturningWork(work);
    }

    public static void run(Work work) {
        session().doWork(work);
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
