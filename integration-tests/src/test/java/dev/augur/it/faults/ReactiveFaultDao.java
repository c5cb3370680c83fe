package dev.augur.it.faults;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Idempotent;
import dev.augur.annotations.Query;
import io.reactivex.rxjava3.core.Maybe;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import io.smallrye.mutiny.Uni;
import reactor.core.publisher.Mono;

/** One read, as each library's single-value type: for cancellation on a node that answers late. */
@Dao
public interface ReactiveFaultDao {
  @Idempotent(false)
  @Query(FaultDao.FIND_ONCE)
  Mono<Item> mono(int id);

  @Idempotent(false)
  @Query(FaultDao.FIND_ONCE)
  Uni<Item> uni(int id);

  @Idempotent(false)
  @Query(FaultDao.FIND_ONCE)
  Maybe<Item> maybe(int id);

  @Idempotent(false)
  @Query(FaultDao.FIND_ONCE)
  Mono<Page<Item>> page(int id, PageRequest request);
}
