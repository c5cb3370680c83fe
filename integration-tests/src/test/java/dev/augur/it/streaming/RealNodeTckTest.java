package dev.augur.it.streaming;

import static dev.augur.it.streaming.Streams.await;

import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.PreparedQuery;
import dev.augur.runtime.QuerySpec;
import dev.augur.runtime.StreamOptions;
import dev.augur.testkit.CassandraExtension;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/**
 * The Reactive Streams TCK against the production stream on a real node: the driver's result sets,
 * 3-row pages, the session's page fetching. A publisher of n elements is {@code SELECT ... LIMIT n}
 * over a 100-row partition, through {@code bind().set(..).stream(options)} as generated code calls
 * it; n = 0 reads an empty partition (CQL has no {@code LIMIT 0}). The failed publisher is a DAO's
 * stream on a closed session.
 *
 * <p>Same outcome as the in-memory runs ({@code dev.augur.runtime.RowStreamTckTest}): all required,
 * stochastic and optional rules pass, the 7 {@code untested_*} are skipped by the TCK. One
 * publisher is larger than the partition: rule 3.17's overflow test asks for {@code
 * Integer.MAX_VALUE} elements and gets the 100 rows, more than the 11 it consumes before
 * cancelling.
 *
 * <p>{@link MeteredRealNodeTckTest} runs the same rules again with the wrappers a production
 * session adds ({@link #configure}).
 */
public class RealNodeTckTest extends FlowPublisherVerification<Tick> {
  private static final int ROWS = 100;
  private AugurSession session;
  private AugurSession closed;
  private PreparedQuery<Tick> limited;
  private PreparedQuery<Tick> all;
  private TickDao closedTicks;
  private String series;

  public RealNodeTckTest() {
    super(new TestEnvironment(2_000, 200), 2_000);
  }

  @BeforeClass
  public void start() {
    Streams.Pages pages = new Streams.Pages();
    session =
        Streams.open(
            CassandraExtension.sharedSession(),
            CassandraExtension.sharedEndpoint(),
            "it_tck",
            pages,
            configure(AugurSession.builder()));
    limited =
        await(
            PreparedQuery.prepare(
                session,
                QuerySpec.builder(
                        "TickQueries.first", "SELECT * FROM tick WHERE series = :series LIMIT :n")
                    .parameter("series", GenericType.STRING)
                    .parameter("n", GenericType.INTEGER)
                    .idempotent(true)
                    .build(),
                Tick_Mapper.INSTANCE));
    all = Streams.seriesQuery(session);
    series = Streams.newSeries(await(AugurTickDao.create(session)), ROWS);
    closed =
        Streams.open(
            CassandraExtension.sharedSession(),
            CassandraExtension.sharedEndpoint(),
            "it_tck",
            pages,
            configure(AugurSession.builder()));
    closedTicks = await(AugurTickDao.create(closed));
    await(closed.closeAsync());
  }

  @AfterClass
  public void stop() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  /** The settings of both sessions, the open one and the closed one; none by default. */
  protected AugurSession.Builder configure(AugurSession.Builder builder) {
    return builder;
  }

  @Override
  public Flow.Publisher<Tick> createFlowPublisher(long elements) {
    StreamOptions threeRowPages = StreamOptions.DEFAULTS.pageSize(3);
    if (elements == 0) {
      return all.bind().set(0, "empty-series").stream(threeRowPages);
    }
    if (elements > ROWS) {
      return all.bind().set(0, series).stream(threeRowPages);
    }
    return limited.bind().set(0, series).setInt(1, (int) elements).stream(threeRowPages);
  }

  @Override
  public Flow.Publisher<Tick> createFailedFlowPublisher() {
    return closedTicks.stream(series);
  }
}
