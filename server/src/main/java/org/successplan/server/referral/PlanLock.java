package org.successplan.server.referral;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.model.entity.ResourceTable;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.persistence.EntityManager;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;

/**
 * Serializes the writes that add a Referral to a SuccessPlan: takes a row lock on the plan
 * ({@code SELECT ... FOR UPDATE} on its {@code HFJ_RESOURCE} row) in the current database transaction,
 * held until it commits. Concurrent referrals for one student then queue for the plan instead of each
 * replaying its whole transaction after a version conflict (docs/adr/0006-closed-loop-referrals.md). When the plan
 * was loaded before another transaction changed it, the lock re-reads it, so what the caller reads next
 * is the newest committed version.
 */
class PlanLock {

    private final DaoRegistry daoRegistry;
    private final EntityManager entityManager;

    /** @param entityManager the transaction-bound (shared) entity manager of HAPI's persistence unit */
    PlanLock(DaoRegistry daoRegistry, EntityManager entityManager) {
        this.daoRegistry = daoRegistry;
        this.entityManager = entityManager;
    }

    /**
     * Locks the plan {@code CarePlan/ID} until the current transaction ends (needs one to be active).
     *
     * @return false when there is no such plan (or it was deleted): nothing to lock
     */
    boolean lock(String planId) {
        Object entity;
        try {
            entity = daoRegistry
                    .getResourceDao(CarePlan.class)
                    .readEntity(new IdType(planId), new SystemRequestDetails());
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return false;
        }
        if (entity instanceof ResourceTable row) {
            // A plain row lock, not JPA's PESSIMISTIC_WRITE: on PostgreSQL Hibernate locks versioned rows in
            // a follow-on select that also checks the version read before, and fails when the holder of the
            // lock has just changed it, which is exactly the case this lock is for.
            Number version = (Number) entityManager
                    .createNativeQuery("SELECT RES_VER FROM HFJ_RESOURCE WHERE RES_ID = ?1 FOR UPDATE")
                    .setParameter(1, row.getResourceId().getId())
                    .getSingleResult();
            // Loaded before another transaction changed the plan: re-read it. Never otherwise: the row may
            // hold this transaction's own unflushed change (a second referral for the plan in one Bundle).
            if (version.longValue() > row.getVersion()) {
                entityManager.refresh(row);
            }
        }
        return true;
    }
}
