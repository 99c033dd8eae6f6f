import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A carrier scan for an order's parcel, as recorded by the shop's own fulfilment. */
@Entity({ name: 'shipment_event' })
export class ShipmentEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) workspaceId!: string;
  @Column({ type: 'uuid' }) orderId!: string;
  @Column({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) location!: string;
  @Column({ type: 'text' }) description!: string;
}
