package org.symbiose.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;
import org.symbiose.core.Refusal;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.persistence.LocalTransaction;

/** One administrator at least can always sign in, also when two demote each other at once. */
class AdministratorsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theLastAdministratorIsNeitherDemotedNorDeleted(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "administrators-last")) {
            long only = administrator(database, "only@example.org");
            long other = administrator(database, "other@example.org");
            EntityManager em = database.entityManagerFactory().createEntityManager();
            Administrators administrators = new Administrators(em);
            // two administrators: either may go
            LocalTransaction.run(em, () -> {
                Member member = em.find(Member.class, other);
                administrators.keepAnotherThan(member);
                member.setRole(Role.MODERATOR);
                return null;
            });
            // a suspended or deleted administrator does not count as one who can sign in
            assertThatThrownBy(() -> LocalTransaction.run(em, () -> {
                administrators.keepAnotherThan(em.find(Member.class, only));
                return null;
            })).isInstanceOf(MemberException.class).hasMessageContaining("last administrator")
                    .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.CONFLICT);
            LocalTransaction.run(em, () -> {
                Member member = em.find(Member.class, other);
                member.setRole(Role.ADMINISTRATOR);
                member.changeState(AccountState.SUSPENDED, Clock.systemUTC().instant().plusSeconds(3600),
                        Clock.systemUTC().instant());
                return null;
            });
            assertThatThrownBy(() -> LocalTransaction.run(em, () -> {
                administrators.keepAnotherThan(em.find(Member.class, only));
                return null;
            })).isInstanceOf(MemberException.class);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOne(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "administrators-race")) {
            long first = administrator(database, "first@example.org");
            long second = administrator(database, "second@example.org");
            CountDownLatch firstChecked = new CountDownLatch(1);
            ExecutorService both = Executors.newFixedThreadPool(2);
            // the first demotes the second and, once checked, takes its time to commit; the second
            // demotes the first meanwhile
            Future<Boolean> one = both.submit(() -> demote(database, second, () -> {
                firstChecked.countDown();
                pause(500);
            }));
            assertThat(firstChecked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> two = both.submit(() -> demote(database, first, () -> { }));
            boolean oneDone = one.get(30, TimeUnit.SECONDS);
            boolean twoDone = two.get(30, TimeUnit.SECONDS);
            both.shutdown();

            assertThat(oneDone).as("the first demotion").isTrue();
            assertThat(twoDone).as("the second demotion, which would leave none").isFalse();
            EntityManager em = database.entityManagerFactory().createEntityManager();
            assertThat(em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.role = :admin", Long.class)
                    .setParameter("admin", Role.ADMINISTRATOR).getSingleResult()).isEqualTo(1L);
            em.close();
        }
    }

    /** Demotes {@code id} in a transaction of its own, running {@code afterCheck} before the change; whether it was done. */
    private static boolean demote(TestDatabase database, long id, Runnable afterCheck) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            return LocalTransaction.run(em, () -> {
                Member member = em.find(Member.class, id);
                new Administrators(em).keepAnotherThan(member);
                afterCheck.run();
                member.setRole(Role.MEMBER);
                return true;
            });
        } catch (MemberException refused) {
            return false;
        } finally {
            em.close();
        }
    }

    private static long administrator(TestDatabase database, String email) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        long id = LocalTransaction.run(em, () -> {
            Member member = new Member(email, email.substring(0, email.indexOf('@')), null, "en", Clock.systemUTC().instant());
            member.setRole(Role.ADMINISTRATOR);
            em.persist(member);
            em.flush();
            return member.getId();
        });
        em.close();
        return id;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
