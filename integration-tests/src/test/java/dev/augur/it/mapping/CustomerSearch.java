package dev.augur.it.mapping;

import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.augur.runtime.DaoContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** A query provider: user code with the DAO's context, mapping rows with the generated mapper. */
public class CustomerSearch {
  private final DaoContext context;

  public CustomerSearch(DaoContext context) {
    this.context = context;
  }

  public CompletionStage<List<String>> namesByStatus(Status status) {
    String cql = context.resolve("SELECT * FROM ${qualifiedTable}", Customer_Mapper.INSTANCE);
    return context
        .session()
        .cqlSession()
        .executeAsync(SimpleStatement.newInstance(cql))
        .thenApply(
            rs -> {
              var reader =
                  Customer_Mapper.INSTANCE.reader(rs.getColumnDefinitions(), context.session());
              List<String> names = new ArrayList<>();
              for (var row : rs.currentPage()) {
                Customer customer = reader.decode(row);
                if (customer.status() == status) {
                  names.add(customer.name());
                }
              }
              names.sort(null);
              return names;
            });
  }
}
