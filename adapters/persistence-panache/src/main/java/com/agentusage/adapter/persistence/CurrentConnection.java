package com.agentusage.adapter.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.jdbc.Work;

/** SQL of this adapter's own on the connection of the current transaction, taken only when first needed. */
final class CurrentConnection {

    private CurrentConnection() {
    }

    static <T> T returning(ReturningWork<T> work) {
        return session().doReturningWork(work);
    }

    static void run(Work work) {
        session().doWork(work);
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
