import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerPermissions } from '@kehu/server-core';
import { DictionariesController } from './dictionaries.controller';
import { DictionariesService } from './dictionaries.service';
import { DictionaryCache } from './dictionary-cache';
import { DictionaryUsageRegistry } from './dictionary-usage';
import { BusinessRule } from './entities/business-rule.entity';
import { DictionaryItem } from './entities/dictionary-item.entity';
import { DictionaryType } from './entities/dictionary-type.entity';
import { Holiday } from './entities/holiday.entity';
import { ListView } from './entities/list-view.entity';
import { HolidaysController } from './holidays.controller';
import { HolidaysService } from './holidays.service';
import { ListViewsController } from './list-views.controller';
import { ListViewsService } from './list-views.service';
import { RulesController } from './rules.controller';
import { RulesService } from './rules.service';
import { SETTINGS_PERMISSIONS } from './settings.permissions';
import { SettingsAuditNames } from './settings-audit-names';
import { SettingsSeeder } from './settings.seeder';
import { WorkingCalendar } from './working-calendar.service';

/**
 * Base data and rules (DOMAIN §13): the data dictionary, business rules and the holiday
 * calendar, and each user's saved list views. Global so every domain can inject RulesService, DictionariesService,
 * DictionaryUsageRegistry and WorkingCalendar.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DictionaryType, DictionaryItem, BusinessRule, Holiday, ListView])],
  controllers: [DictionariesController, RulesController, HolidaysController, ListViewsController],
  providers: [
    registerPermissions(SETTINGS_PERMISSIONS),
    DictionaryCache,
    DictionariesService,
    DictionaryUsageRegistry,
    RulesService,
    HolidaysService,
    ListViewsService,
    SettingsAuditNames,
    WorkingCalendar,
    SettingsSeeder,
  ],
  exports: [DictionariesService, DictionaryUsageRegistry, RulesService, WorkingCalendar],
})
export class SettingsModule {}
