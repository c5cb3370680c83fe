package dev.augur.it.mapping;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Dao
public interface TenantSettingDao {
  @Insert
  CompletionStage<Void> save(TenantSetting setting);

  @Select
  CompletionStage<List<TenantSetting>> of(String tenantId);
}
