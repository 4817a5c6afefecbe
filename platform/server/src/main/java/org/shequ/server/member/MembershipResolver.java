package org.shequ.server.member;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.shequ.server.security.MembershipProperties;
import org.shequ.server.security.Memberships;
import org.shequ.server.security.Role;
import org.shequ.server.storage.TenantDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Resolves an identity to its membership on each request, remembering the answer briefly. Every
 * replica forgets everything it remembers when any membership changes ({@link
 * MemberChangeListener}; this replica also at once after its own changes), so a change applies to
 * the caller's next request. An identity without a membership is bound on its first sign-in to an
 * invitation naming its username or e-mail, or becomes the bootstrap platform admin when it is the
 * configured one.
 */
@Component
class MembershipResolver implements Memberships {
  private static final Logger log = LoggerFactory.getLogger(MembershipResolver.class);

  private final DatabaseClient db;
  private final TenantDatabase tenants;
  private final TransactionalOperator transactions;
  private final MemberStore store;
  private final MemberHistory history;
  private final BootstrapAdminProperties bootstrap;
  private final Cache<String, Remembered> cache;

  /**
   * Raised by every change of membership: an answer remembered under an older generation is
   * ignored. Forgetting is thus one atomic increment, never a clear of the cache, which takes its
   * eviction lock and may park an event-loop thread; old entries simply expire.
   */
  private final AtomicLong generation = new AtomicLong();

  /** An answer, and the generation it was looked up in. */
  private record Remembered(long generation, Optional<Membership> membership) {}

  MembershipResolver(
      DatabaseClient db,
      TenantDatabase tenants,
      ReactiveTransactionManager transactionManager,
      MemberStore store,
      MemberHistory history,
      BootstrapAdminProperties bootstrap,
      MembershipProperties properties) {
    this.db = db;
    this.tenants = tenants;
    this.transactions = TransactionalOperator.create(transactionManager);
    this.store = store;
    this.history = history;
    this.bootstrap = bootstrap;
    this.cache =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(properties.cacheTtl()).build();
  }

  /** Forgets every remembered membership. */
  void forgetAll() {
    generation.incrementAndGet();
  }

  @Override
  public Mono<Membership> of(Identity identity) {
    String key = identity.issuer() + '\n' + identity.subject();
    long seen = generation.get();
    Remembered known = cache.getIfPresent(key);
    if (known != null && known.generation() == seen) {
      return Mono.justOrEmpty(known.membership());
    }
    return lookup(identity)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .doOnNext(
            found -> {
              if (generation.get() == seen) {
                cache.put(key, new Remembered(seen, found));
              }
            })
        .flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<String> subjectOf(String memberId, String issuer) {
    UUID id;
    try {
      id = UUID.fromString(memberId);
    } catch (IllegalArgumentException e) {
      return Mono.empty();
    }
    return store.subjectOf(db, id, issuer);
  }

  private Mono<Membership> lookup(Identity identity) {
    return store
        .identity(db, identity.issuer(), identity.subject())
        .flatMap(this::membership)
        .switchIfEmpty(Mono.defer(() -> bindInvitation(identity)))
        .switchIfEmpty(Mono.defer(() -> bootstrapAdmin(identity)));
  }

  private Mono<Membership> membership(MemberStore.Bound bound) {
    return bound.tenant() == null
        ? transactions.transactional(store.find(db, null, bound.memberId())).map(this::of)
        : tenants
            .inTenantOne(bound.tenant(), t -> store.find(t, bound.tenant(), bound.memberId()))
            .map(this::of);
  }

  private Membership of(Member m) {
    Set<Role> roles = m.roles().isEmpty() ? Set.of() : EnumSet.copyOf(m.roles());
    Set<String> units = new LinkedHashSet<>();
    m.orgUnits().forEach(u -> units.add(u.id()));
    return new Membership(
        m.id().toString(),
        m.username(),
        m.tenant(),
        roles,
        units,
        m.status() == MemberStatus.ACTIVE);
  }

  /** The first sign-in of an invited member, found by its username or e-mail. */
  private Mono<Membership> bindInvitation(Identity identity) {
    if (identity.username() == null && identity.email() == null) {
      return Mono.empty();
    }
    return store
        .invitation(db, null, identity.username(), identity.email())
        .flatMap(invitation -> redeem(invitation, identity))
        .flatMap(this::membership);
  }

  /**
   * Binds the identity to the invited member of the invitation: the member becomes ACTIVE, the
   * invitation is used up, and the binding is a version of the member.
   */
  Mono<MemberStore.Bound> redeem(MemberStore.Invitation invitation, Identity identity) {
    String tenant = invitation.tenant();
    Mono<MemberStore.Bound> work =
        Mono.defer(
            () ->
                store
                    .findForUpdate(db, tenant, invitation.memberId())
                    // A member deactivated while invited binds nobody.
                    .filter(m -> m.status() == MemberStatus.INVITED)
                    .filterWhen(
                        m -> store.bind(db, identity.issuer(), identity.subject(), tenant, m.id()))
                    .flatMap(
                        m ->
                            history.change(
                                db, m, bound(m, identity), MemberAction.BOUND, identity.subject()))
                    .flatMap(m -> store.dropInvitation(db, m.id()).thenReturn(m))
                    .map(m -> new MemberStore.Bound(tenant, m.id())));
    Mono<MemberStore.Bound> done =
        tenant == null ? transactions.transactional(work) : tenants.inTenantOne(tenant, t -> work);
    return done.doOnNext(
        b -> {
          log.info("Identity {} bound to member {}", identity.subject(), b.memberId());
          forgetAll();
        });
  }

  private static Member bound(Member m, Identity identity) {
    return new Member(
        m.id(),
        m.tenant(),
        identity.issuer(),
        identity.subject(),
        m.username(),
        m.email(),
        m.displayName(),
        m.roles(),
        m.orgUnits(),
        true,
        MemberStatus.ACTIVE,
        null,
        m.version() + 1,
        identity.subject(),
        null);
  }

  /** The configured first platform admin, made a platform member on its first sign-in. */
  private Mono<Membership> bootstrapAdmin(Identity identity) {
    if (!bootstrap.matches(identity.issuer(), identity.subject(), identity.groups())) {
      return Mono.empty();
    }
    String username =
        identity.username() != null ? identity.username() : "admin-" + identity.subject();
    MemberStore.NewMember admin =
        new MemberStore.NewMember(
            username,
            identity.email(),
            null,
            List.of(Role.PLATFORM_ADMIN),
            MemberStatus.ACTIVE,
            identity.issuer(),
            identity.subject());
    return transactions
        .transactional(
            history
                .add(db, null, admin, List.of(), "bootstrap")
                .flatMap(
                    m ->
                        store
                            .bind(db, identity.issuer(), identity.subject(), null, m.id())
                            .thenReturn(m)))
        .doOnNext(
            m -> {
              log.info("Bootstrap platform admin {} is now a platform member", identity.subject());
              forgetAll();
            })
        .map(this::of)
        // Two first requests at once: the other one bound it; a taken username: say so, once.
        .onErrorResume(
            DataIntegrityViolationException.class,
            e ->
                store
                    .identity(db, identity.issuer(), identity.subject())
                    .flatMap(this::membership)
                    .switchIfEmpty(
                        Mono.fromRunnable(
                            () ->
                                log.warn(
                                    "Bootstrap admin {} not added: a platform member is named {}"
                                        + " already",
                                    identity.subject(),
                                    username))));
  }
}
