import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, requestContext } from '@kehu/server-core';
import { BuiltInRoleCode, OrgDirectory, PrincipalService } from '@kehu/server-permissions';
import { DataSource } from 'typeorm';
import { CreateProductDto } from '../dto/product.dto';
import { ProductStatus } from '../entities/product.entity';
import { ProductCategoriesService } from '../product-categories.service';
import { ProductRepository } from '../product.repository';
import { ProductsService } from '../products.service';

/**
 * The demo company's catalogue (README "Demo company"): two product lines of invented air
 * conditioning equipment and a service line, priced so that the demo contracts fall on both sides
 * of the contract approval threshold. Codes are the demo's own (`DEMO-`), so a catalogue an ERP
 * mirrors later never collides with them.
 */
export const DEMO_PRODUCT_LINES: ReadonlyArray<{ name: string; products: ReadonlyArray<Omit<CreateProductDto, 'categoryId' | 'status'>> }> = [
  {
    name: '商用空调',
    products: [
      { code: 'DEMO-FG-72', name: '春意 7.2 kW 风管机', model: 'CY-FG72', unit: '台', listPrice: '8600.00', taxRate: '13.00' },
      { code: 'DEMO-MK-130', name: '风冷模块机组 130 kW', model: 'CY-MK130', unit: '台', listPrice: '168000.00', taxRate: '13.00' },
      { code: 'DEMO-HP-350', name: '螺杆式热泵机组 350 kW', model: 'CY-LG350', unit: '台', listPrice: '420000.00', taxRate: '13.00' },
    ],
  },
  {
    name: '工艺空调',
    products: [
      { code: 'DEMO-HW-25', name: '恒温恒湿机 25 kW', model: 'CY-HW25', unit: '台', listPrice: '56000.00', taxRate: '13.00' },
      { code: 'DEMO-JM-40', name: '机房精密空调 40 kW', model: 'CY-JM40', unit: '台', listPrice: '98000.00', taxRate: '13.00' },
    ],
  },
  {
    name: '工程服务',
    products: [
      { code: 'DEMO-AZ-01', name: '安装调试服务', unit: '项', listPrice: '12000.00', taxRate: '6.00' },
      { code: 'DEMO-WB-01', name: '年度维保服务', unit: '年', listPrice: '18000.00', taxRate: '6.00' },
    ],
  },
];

/** Seeds the demo catalogue once, when KEHU_DEMO is on, as the administrator (who manages products). */
@Injectable()
export class DemoProductsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly principals: PrincipalService,
    private readonly org: OrgDirectory,
    private readonly products: ProductsService,
    private readonly categories: ProductCategoriesService,
    private readonly repository: ProductRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    // Demo data is a nicety: a failure is reported, it does not stop the server.
    try {
      const seeded = await this.seed();
      if (seeded) this.logger.log(`seeded ${seeded} demo products`);
    } catch (error) {
      this.logger.error(`demo products not seeded: ${(error as Error).message}`, (error as Error).stack);
    }
  }

  /** The number of products seeded: 0 when the demo is off or its catalogue exists (even in part). */
  async seed(): Promise<number> {
    if (!this.config.demo) return 0;
    return this.db.transaction(async (tx) => {
      // Replicas starting together queue here; the later ones find the catalogue and skip.
      await this.repository.lockDemoSeed(tx);
      const codes = DEMO_PRODUCT_LINES.flatMap((line) => line.products.map((p) => p.code));
      if ((await this.repository.countWithCodes(tx, codes)) > 0) return 0;
      const [adminId] = await this.org.usersWithRole(BuiltInRoleCode.Admin, tx);
      const principal = adminId ? await this.principals.forUser(adminId) : null;
      if (!principal) return 0;
      return requestContext.run({ requestId: 'demo-seed', principal }, async () => {
        let seeded = 0;
        for (const line of DEMO_PRODUCT_LINES) {
          const category = await this.categories.create(principal, { name: line.name });
          for (const product of line.products) {
            await this.products.create(principal, { ...product, categoryId: category.id, status: ProductStatus.OnSale });
            seeded++;
          }
        }
        return seeded;
      });
    });
  }
}
