import {
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal } from '@kehu/server-core';
import { catchError, Observable, throwError } from 'rxjs';
import { CustomerExportService } from './customer-export.service';
import { CustomerImportService, UploadedImport } from './customer-import.service';
import { ImportError, ImportErrorCode, invalidFile } from './import.exception';
import { ExportQueryDto, FormatQueryDto, ImportFileDto, ImportQueryDto, ImportReportDto } from './import-export.dto';

/** Largest accepted import file. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** Turns multer's errors (too large, wrong field, broken multipart) into problems naming `file`. */
@Injectable()
export class ImportUploadProblems implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          const message = `is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`;
          return throwError(
            () =>
              new ImportError(ImportErrorCode.FileTooLarge, `file: ${message}`, { errors: [{ field: 'file', message, code: 'maxSize' }] }),
          );
        }
        const status = (error as { getStatus?: () => number }).getStatus?.();
        if (status === 400 && !(error instanceof ImportError)) return throwError(() => invalidFile((error as Error).message));
        return throwError(() => error);
      }),
    );
  }
}

/**
 * Import and export of customers. Registered before CustomersController, so the static paths
 * `customers/import…` and `customers/export` are matched before `customers/:id`.
 */
@ApiTags('Customers')
@Controller('customers')
export class CustomerImportExportController {
  constructor(
    private readonly importer: CustomerImportService,
    private readonly exporter: CustomerExportService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Authorized('customer:import')
  @UseInterceptors(ImportUploadProblems, FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Import customers (and their primary contacts) from CSV or XLSX, with a per-row report; dryRun=true only checks',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportFileDto })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiProblems(400, 413)
  import(
    @CurrentUser() me: Principal,
    @UploadedFile() file: UploadedImport | undefined,
    @Query() query: ImportQueryDto,
  ): Promise<ImportReportDto> {
    return this.importer.import(me, file, query);
  }

  @Get('import/template')
  @Authorized('customer:import')
  @ApiOperation({ summary: 'Download the import template: Chinese headers and an example row' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The template file', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400)
  template(@Query() query: FormatQueryDto): Promise<StreamableFile> {
    return this.exporter.template(query.format);
  }

  @Get('export')
  @Authorized('customer:export')
  @ApiOperation({ summary: 'Export my current filtered customer list (data scope applies) as CSV or XLSX, streamed' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description:
      'The file, with owner names and dictionary labels. CSV: UTF-8 with BOM; a text cell starting with =, +, -, @, tab or CR ' +
      "is written with a leading ' so that spreadsheets show it as text instead of running it as a formula (CSV injection). " +
      'XLSX: typed cells, text written as it is.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblems(400)
  export(@CurrentUser() me: Principal, @Query() query: ExportQueryDto): Promise<StreamableFile> {
    return this.exporter.export(me, query);
  }
}
